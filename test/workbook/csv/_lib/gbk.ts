/**
 * Text in GBK bytes, as a Chinese Windows Excel saves a plain "CSV": ASCII as it is, each hanzi as
 * its GB2312 pair, found from the platform's own GB18030 decoder (no encoder in src to test against).
 * @example gbk("客户,金额") // bf cd bb a7 2c bd f0 b6 ee
 */
export function gbk(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder("gb18030");
  const pairs = new Map<string, number[]>();
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) pairs.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : pairs.get(ch);
    if (!bytes) throw new Error(`gbk: ${ch} is not in GB2312`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}
