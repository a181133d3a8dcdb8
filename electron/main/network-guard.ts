/**
 * The app never reaches the network: every request that is not for the app's own
 * protocol, the developer tools or the page's own data: and blob: URLs (exports) is cancelled.
 */
const ALLOWED_PROTOCOLS = new Set(['app:', 'devtools:', 'data:', 'blob:']);

export function isAllowedRequest(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface RequestFilterSession {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export function installNetworkGuard(session: RequestFilterSession, log: (line: string) => void): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
