/**
 * A deterministic, seeded generator of email-like text for the throughput benchmark: business
 * prose, greetings and signatures, with a realistic density of sensitive values (about one per
 * 1.5 KB: card numbers with expiry dates, SSNs, IBANs, routing numbers, addresses) and many more
 * near-misses (order and tracking numbers, dates, times, amounts, versions, phone numbers, ZIPs).
 */
import { mulberry32 as rng } from '../src/engine/model/random.ts';
import { luhn } from '../src/engine/dlp/scan/checksums.ts';

/** mulberry32, the simulation's seeded PRNG. */
export { mulberry32 as rng } from '../src/engine/model/random.ts';

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her ' +
  'she there been one all we their has would when if so no more about out up them some could what into time only other new ' +
  'quarter report meeting project team customer update schedule budget review proposal contract invoice delivery account ' +
  'please attached regards thanks follow next week today tomorrow discuss plan draft final version approve office call ' +
  'client partner service support request issue ticket release deadline resources forecast pipeline sales marketing'
).split(' ');
const NAMES = ['Alice Moreau', 'Raj Patel', 'Chen Wei', 'Maria Lopez', 'John Smith', 'Fatima Khan', 'Lars Berg', 'Yuki Tanaka'];
const GREET = ['Hi team,', 'Hello,', 'Dear colleagues,', 'Good morning,', 'Hi all,'];
const CLOSE = ['Best regards,', 'Thanks,', 'Kind regards,', 'Cheers,'];

/** The generator's state and helpers. */
class Gen {
  constructor(private readonly r: () => number) {}
  int = (lo: number, hi: number): number => lo + Math.floor(this.r() * (hi - lo + 1));
  pick = <T>(a: readonly T[]): T => a[Math.floor(this.r() * a.length)];
  digits = (n: number): string => Array.from({ length: n }, () => String(this.int(0, 9))).join('');
  chance = (p: number): boolean => this.r() < p;

  sentence(): string {
    const n = this.int(6, 18);
    const w = Array.from({ length: n }, () => this.pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  }

  card(): string {
    for (;;) {
      const d = `4${this.digits(14)}`;
      for (let c = 0; c < 10; c++) if (luhn(d + c)) return (d + c).replace(/(\d{4})(?=\d)/g, '$1 ');
    }
  }

  ssn(): string {
    return `${this.int(100, 665)}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }

  sensitive(): string {
    switch (this.int(0, 6)) {
      case 0:
        return `Please charge my Visa ${this.card()}, exp ${String(this.int(1, 12)).padStart(2, '0')}/${this.int(25, 30)}.`;
      case 1:
        return `Employee ${this.pick(NAMES)} SSN: ${this.ssn()}, DOB ${this.int(1, 12)}/${this.int(1, 28)}/19${this.int(50, 99)}.`;
      case 2:
        return 'Wire to IBAN GB82 WEST 1234 5698 7654 32, SWIFT NWBKGB2L.';
      case 3:
        return 'Our routing number is 121000358 and the account number 945456787654.';
      case 4:
        return `Patient ${this.pick(NAMES)} was diagnosed with diabetes (E11.9); NPI 1234567893.`;
      case 5:
        return `Contact ${this.pick(NAMES).split(' ')[0].toLowerCase()}@example.com or call (415) 555-0${this.int(100, 199)}.`;
      default:
        return `The server at 10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)} logged the request.`;
    }
  }

  nearMiss(): string {
    switch (this.int(0, 9)) {
      case 0:
        return `Order #${this.digits(16)} has shipped.`;
      case 1:
        return `Tracking: 1Z${this.digits(3)}AA${this.digits(10)} or 9400 ${this.digits(4)} ${this.digits(4)} ${this.digits(4)} ${this.digits(4)} ${this.digits(2)}.`;
      case 2:
        return `Meeting on ${this.int(1, 12)}/${this.int(1, 28)}/2024 at ${this.int(8, 17)}:${this.pick(['00', '15', '30', '45'])}.`;
      case 3:
        return `Invoice INV-${this.digits(6)} for $${this.int(100, 99999)}.${this.digits(2)} is due ${2024}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}.`;
      case 4:
        return `Version ${this.int(1, 9)}.${this.int(0, 20)}.${this.int(0, 99)} fixes ticket ${this.digits(7)}.`;
      case 5:
        return `${this.pick(NAMES)}\nSales Director\nPhone: ${this.int(200, 989)}-${this.int(200, 999)}-${this.digits(4)}\nOffice 42, Springfield, IL ${this.digits(5)}`;
      case 6:
        return `Reference number ${this.digits(9)} and part ${this.digits(3)}-${this.digits(2)}-${this.digits(4)}.`;
      case 7:
        return `Revenue was ${this.int(1, 900)},${this.digits(3)},${this.digits(3)} in Q${this.int(1, 4)} ${this.int(2019, 2024)}.`;
      case 8:
        return `Conference ID ${this.digits(10)}, PIN ${this.digits(4)}#.`;
      default:
        return `Room B${this.int(10, 99)}, floor ${this.int(1, 30)}, ext. ${this.digits(4)}.`;
    }
  }

  email(): string {
    const lines: string[] = [`Subject: ${this.sentence().slice(0, 40)}`, '', this.pick(GREET), ''];
    const paras = this.int(2, 6);
    for (let p = 0; p < paras; p++) {
      const s: string[] = [];
      const n = this.int(2, 6);
      for (let i = 0; i < n; i++) {
        if (this.chance(0.06)) s.push(this.sensitive());
        else if (this.chance(0.2)) s.push(this.nearMiss());
        else s.push(this.sentence());
      }
      lines.push(s.join(' '), '');
    }
    lines.push(this.pick(CLOSE), this.pick(NAMES), '', '');
    return lines.join('\n');
  }
}

/** About `bytes` characters of email-like text from `seed` (same seed and size, same text). */
export function generateCorpus(bytes: number, seed = 42): string {
  return emailsOf(new Gen(rng(seed)), bytes);
}

function emailsOf(g: Gen, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const e = g.email();
    parts.push(e);
    size += e.length;
  }
  return parts.join('').slice(0, bytes);
}

/** Smallest and largest message of `generateMessages`, in characters. */
const MESSAGE_MIN = 200;
const MESSAGE_MAX = 1_000_000;

/**
 * `count` email-like messages from `seed` whose sizes follow mail: most are a log-normal body
 * (median 3 kB, σ 1), one in fifty carries a pasted document or log (log-normal, median 60 kB,
 * σ 1.2), capped at 1 MB. Same text and density of values as `generateCorpus`.
 */
export function generateMessages(count: number, seed = 42): string[] {
  const r = rng(seed);
  const g = new Gen(rng(seed + 1));
  // Box–Muller: a standard normal from two uniforms.
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const big = r() < 0.02;
    const size = Math.round((big ? 60_000 : 3_000) * Math.exp((big ? 1.2 : 1) * normal()));
    out.push(emailsOf(g, Math.min(MESSAGE_MAX, Math.max(MESSAGE_MIN, size))));
  }
  return out;
}

/** What mail writes beyond ASCII: a no-break space, typographic dashes and quotes, accents, a currency sign, an ellipsis. */
const TYPOGRAPHIC = ['\u00a0', ' — ', ' – ', '’', '“', '”', 'é', 'ü', '€', '…'];

/**
 * The messages with a few typographic characters each, seeded, as mail written in a word
 * processor or converted from HTML has (three in four messages, one to six each, at word starts
 * or in place of a space), so a benchmark sees the non-ASCII paths real mail takes.
 */
export function withTypography(messages: readonly string[], seed = 43): string[] {
  const r = rng(seed);
  return messages.map((m) => {
    if (r() < 0.25) return m;
    let out = m;
    for (let k = 1 + Math.floor(r() * 6); k > 0; k--) {
      const at = out.indexOf(' ', Math.floor(r() * out.length));
      if (at < 0) continue;
      const c = TYPOGRAPHIC[Math.floor(r() * TYPOGRAPHIC.length)];
      out = c.startsWith(' ') || c === '\u00a0' ? out.slice(0, at) + c + out.slice(at + 1) : out.slice(0, at + 1) + c + out.slice(at + 1);
    }
    return out;
  });
}
