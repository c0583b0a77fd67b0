/** Where imported Domain Connect templates live in storage.local (imported-templates.ts reads them). */
export const TEMPLATES_KEY = 'domain-connect-templates';
