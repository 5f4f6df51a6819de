import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client address is counted under by the rate limiters. An IPv6 user is usually given a whole
 * /64 (and chooses addresses in it freely), so IPv6 addresses count by their first 64 bits; IPv4, and IPv4
 * written as IPv6 (::ffff:192.0.2.1), count by the address itself.
 */
export function addressKey(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(bare)) return bare;
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ('::' filled in). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  // An embedded IPv4 tail (::ffff:1.2.3.4 style, or 64:ff9b::1.2.3.4) is two groups; only the first four matter here.
  const missing = 8 - left.length - right.length - right.filter((g) => g.includes('.')).length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) =>
    g.includes('.') ? g : Number.parseInt(g, 16).toString(16),
  );
}
