import type { Localized } from '../i18n/lang.js';
import type { DnsRecord, RecordType } from '../records/types.js';

/** What filling one record came to: the fields written, or the sentence that stopped it. */
export type StepResult = { ok: true; filled: Element[] } | { ok: false; problem: Localized };

/**
 * How a site's DNS editor is built and how records are filled in there: data, read by the
 * fill engine (src/fill/). One per site (src/sites/<id>/editor.ts, found by src/sites/editors.ts);
 * the generic filler builds one at run time from what it finds on the page.
 *
 * A Locator is a list of CSS selectors tried in order — `name` / `data-testid` first, then id,
 * then anything else — or `{ label: /regex/ }` for a field found by its label text (EN and FR),
 * or `{ text: /regex/ }` for a button or link known only by its words (« Ajouter », "Add record").
 * Selectors are searched in the document, its open shadow roots and same-origin frames.
 */
export type Locator = readonly (string | { label: RegExp } | { text: RegExp })[];

/** The record fields a form may have. `target` is SRV's target when the site has one apart from `value`. */
export const FIELD_ROLES = ['host', 'value', 'ttl', 'priority', 'weight', 'port', 'service', 'protocol', 'target'] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

export type TypeControl =
  /** A real <select>, even a visually hidden one: set through the prototype setter + input/change. */
  | { kind: 'native-select'; locator: Locator; optionValue?: Partial<Record<RecordType, string>> }
  /** A custom ARIA combobox whose listbox may render at the end of body (a portal). */
  | { kind: 'combobox'; trigger: Locator; optionText?: Partial<Record<RecordType, RegExp>> }
  /** One button per type (the OVH legacy wizard's step 1). */
  | { kind: 'button-group'; buttons: Locator; next?: Locator };

export interface TtlPolicy {
  /** The only values the site offers (GoDaddy: 1800, 3600…); the filler picks the nearest and says so. */
  presets?: readonly number[];
  min?: number;
  max?: number;
  /** A default/custom switch to set before the TTL field appears (OVH `#ttlSelect`). */
  mode?: { locator: Locator; custom: string };
}

export interface EditorConventions {
  /** How the zone apex is written in the host field. */
  apex: '@' | '';
  /** Host relative to the zone (`www`) or the full name (`www.example.com`). */
  host: 'relative' | 'fqdn';
  /**
   * True where a target without a final dot is relative to the zone (OVH, Gandi): absolute targets
   * get one. With `host: 'fqdn'` (zone-file style), full host names get one too.
   */
  targetDot: boolean;
  /** SRV: `_autodiscover._tcp` in the host field, or separate service/protocol fields. */
  srv: 'name-in-host' | 'split-fields';
  /**
   * SRV: what the value field takes. `target` (the default): the target alone, with weight and
   * port in their own fields. `weight-port-target`: one answer `5 443 host.example.` (Porkbun),
   * the priority still in its own field.
   */
  srvValue?: 'target' | 'weight-port-target';
  /** TXT written with its quotes (`"v=spf1 …"`) or bare (most sites). */
  txtQuoted: boolean;
  ttl: TtlPolicy;
}

/** How a change reaches the zone: most sites save a form; some stage rows, then submit them all. */
export type CommitStyle =
  | {
      kind: 'save';
      button: Locator;
      /**
       * Present while the user's save is still under way (an open multi-step wizard: the OVH
       * legacy one saves only on its last step, and its form fields are gone from the step
       * before). While it is on the page, the record is not taken for saved.
       */
      pending?: Locator;
    }
  | { kind: 'stage-then-submit'; stage: Locator; submit: Locator };

/** An on/off control the form has besides the record's fields (Cloudflare's proxy status). */
export interface SwitchSetting {
  /** Named in the sentence when it cannot be set ("proxy status"). */
  name: Localized;
  /** A checkbox, or an element with `aria-checked` / `aria-pressed` (role=switch). */
  locator: Locator;
  /** The state every record filled here needs: clicked only when it is not so already. */
  on: boolean;
}

export interface EditorSpec {
  /** Record types the site's form takes; a type not listed cannot be filled there (manual steps). */
  capabilities: readonly RecordType[];
  conventions: EditorConventions;
  /** Present when the DNS editor is ready to use. */
  ready: Locator;
  /** The zone rows already on the page, read as records (absolute names); [] if the page lists none. */
  readRows(document: Document, zone: string): DnsRecord[];
  /** Clicked to open the add form; absent when the form is always there. */
  openAddForm?: Locator;
  typeControl: TypeControl;
  /** Field locators per role, possibly per type (a TXT textarea in place of an input). */
  fields(type: RecordType): Partial<Record<FieldRole, Locator>>;
  commit: CommitStyle;
  /**
   * The control (pencil, "Edit", "Modifier") that opens the edit form of the row showing
   * `record`, whose fields are then found with `fields(record.type)`. Used for ONE edit only:
   * the SPF record replaced by the merged one when the user chose that for the run. Absent:
   * the filler cannot edit rows here and the plan tells the user to do it.
   */
  editControl?(document: Document, zone: string, record: DnsRecord): Element | undefined;
  /**
   * A driven editor's spec for that one edit, built from the page as it is now (its open form's
   * fields, its rows' edit controls): the driver fills new records only, the edit keeps the
   * locator path. Absent: this editor's own `editControl`/`fields` are used.
   */
  replacer?(document: Document): EditorSpec | undefined;
  /** Switches to set after the fields, per type (absent: the form has none the filler knows). */
  switches?(type: RecordType): readonly SwitchSetting[];
  /**
   * A driver that reads the form as it opens (the generic filler): when present, it fills each
   * record itself, and `fields`/`typeControl`/`openAddForm` are not used.
   */
  drive?: FormDriver;
}

/** Fills one record into a form it finds itself, and watches that form until the user saved. */
export interface FormDriver {
  fill(document: Document, record: DnsRecord, zone: string, ownValues: ReadonlySet<string>): Promise<StepResult>;
  /** True once the form no longer shows what was typed (closed, reset, moved on). */
  letGo(): boolean;
  /** What the driver read off the form (its conventions), said when the run ends. */
  conventionsNote(): Localized | undefined;
}
