import { idNumberOn, isoDate, type Sex } from './people';

const spread = (key: string): number => {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % 500;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Hands out unique GB 11643 numbers: per county, birth date and sex there are 500 sequence
 * numbers; when a day is full the birth date moves on by a day (the person's age barely changes).
 */
export class IdNumberBook {
  private readonly used = new Map<string, number>();

  next(countyCode: string, birthDate: string, sex: Sex): { idNumber: string; birthDate: string } {
    // The generator's dates are YYYY-MM-DD already: only other spellings go through Date.
    let day = ISO_DAY.test(birthDate) ? birthDate : isoDate(new Date(`${birthDate}T00:00:00Z`));
    for (;;) {
      const key = `${countyCode}${day}${sex}`;
      const n = this.used.get(key) ?? 0;
      if (n < 500) {
        this.used.set(key, n + 1);
        // Start each day at its own place so sequence numbers (and last 4 digits) spread out.
        return { idNumber: idNumberOn(countyCode, day, sex, (n + spread(key)) % 500), birthDate: day };
      }
      const birth = new Date(`${day}T00:00:00Z`);
      birth.setUTCDate(birth.getUTCDate() - 1);
      day = isoDate(birth);
    }
  }
}
