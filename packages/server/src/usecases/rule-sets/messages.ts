/** User-facing texts of rule sets (aturan perhitungan), in Bahasa Indonesia. */
export const ruleSetMessages = {
  presetOrParams: 'Pilih salah satu: preset (mis. "bands-integer") atau params untuk aturan kustom.',
  keyIsPreset: (key: string) => `Nama "${key}" dipakai oleh preset bawaan; pilih nama lain untuk aturan kustom.`,
  storedInvalid: (key: string, version: number) => `Aturan tersimpan ${key} versi ${version} tidak valid`,
} as const;
