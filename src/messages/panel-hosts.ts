/**
 * The OVHcloud control panel's addresses: the only pages whose content script may send a
 * `panel-reading` (values read off the panel become a capture, so a registrar page or any other
 * site must not be able to plant one). The same hosts as the e-mail panel adapter's manifest
 * patterns: manager.{eu,ca,us}.ovhcloud.com, and www.ovh.com / ca.ovh.com under /manager.
 */
const MANAGER_HOSTS = ['manager.eu.ovhcloud.com', 'manager.ca.ovhcloud.com', 'manager.us.ovhcloud.com'];
const LEGACY_HOSTS = ['www.ovh.com', 'ca.ovh.com'];

export function isOvhPanelUrl(address: string | undefined): boolean {
  if (address === undefined || !URL.canParse(address)) return false;
  const url = new URL(address);
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return false;
  if (MANAGER_HOSTS.includes(url.hostname)) return true;
  return LEGACY_HOSTS.includes(url.hostname) && (url.pathname === '/manager' || url.pathname.startsWith('/manager/'));
}
