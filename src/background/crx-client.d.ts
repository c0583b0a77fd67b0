// `?iife` imports (content scripts injected on demand) resolve to their built file name.
/// <reference types="@crxjs/vite-plugin/client" />
