/** One valid setup per public service id, with the values their guides show. */
export const SAMPLE_SETUPS: Record<string, { domain: string; vars: Record<string, string> }> = {
  'ovh-hosted-exchange': { domain: 'example.com', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } },
  'ovh-email-pro': { domain: 'example.fr', vars: { server: 'pro1.mail.ovh.net', region: 'ca' } }, // no token: it is optional
  'ovh-private-exchange': { domain: 'example.org', vars: { server_name: 'exchange', ipv4: '198.51.100.25', ipv6: '2001:db8::25' } },
  'ovh-mx-plan': { domain: 'example.net', vars: { dmarc: 'v=DMARC1; p=none' } },
  'exchange-onprem': { domain: 'example.com', vars: { ip: '203.0.113.10' } },
  'microsoft-365': { domain: 'example.com', vars: { mx: 'example-com.mail.protection.outlook.com', verify: 'ms12345678' } },
};

/** `--var name=value` arguments for a setup. */
export function varArgs(vars: Record<string, string>): string[] {
  return Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}=${value}`]);
}
