// A certificate number that is the same at every rebuild and differs between
// attendees: the event's short code and 8 characters of sha256(event|slug) in
// Crockford's base32 (no I, L, O or U to misread).
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `conferencia-2026` → `C2026`: the first letter of each word and every number. */
export function eventCode(eventId: string): string {
  return eventId
    .split('-')
    .map((part) => (/^\d+$/.test(part) ? part : part.charAt(0)))
    .join('')
    .toUpperCase();
}

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === length) break;
  }
  return out;
}

export function certificateNumber(eventId: string, attendeeSlug: string): string {
  const digest = createHash('sha256').update(`${eventId}|${attendeeSlug}`).digest();
  return `${eventCode(eventId)}-${base32(digest, 8)}`;
}
