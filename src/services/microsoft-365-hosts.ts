/**
 * The host names Microsoft 365 gives a tenant, old and 2026 forms (data, each sourced). They are
 * read from the admin center, never built: the `<x>` partition letter and the tenant prefix are
 * Microsoft's choice.
 */

/**
 * MX: `<domain-dashes>.mail.protection.outlook.com`
 * (MicrosoftDocs/microsoft-365-docs microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider.md),
 * and for domains added since message center MC1048624 (rollout through 2026)
 * `<domain-dashes>.<x>-v1.mx.microsoft` (shared/docs/dns-hosts-and-standards.md, "2025–2026 changes").
 */
export const M365_MX_HOST = /^[a-z0-9-]+\.(?:mail\.protection\.outlook\.com|[a-z0-9]{1,2}-v\d{1,2}\.mx\.microsoft)$/i;

/**
 * DKIM CNAME targets: `selector1-<domain-dashes>._domainkey.<tenant>.onmicrosoft.com` (older tenants),
 * or `selector1-<domain-dashes>._domainkey.<tenant prefix>.<x>-v1.dkim.mail.microsoft`
 * (MicrosoftDocs/defender-docs defender-office-365/email-authentication-dkim-configure.md, 2024-04-08).
 */
export const M365_DKIM_TARGET = /^selector[12]-[a-z0-9-]+\._domainkey\.[a-z0-9-]+\.(?:onmicrosoft\.com|[a-z0-9]{1,2}-v\d{1,2}\.dkim\.mail\.microsoft)$/i;

/** Text that names one of them: how a pasted admin-center table is recognised. */
export const M365_HOST_IN_TEXT = /mail\.protection\.outlook\.com|-v\d{1,2}\.mx\.microsoft|dkim\.mail\.microsoft/i;
