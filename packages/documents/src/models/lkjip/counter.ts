/** Numbers the tables of a chapter: "Tabel 3.1 …", "Tabel 3.2 …". */
export interface TableCounter {
  next: (title: string) => string;
  chapter: (n: number) => void;
}

export const tableCounter = (): TableCounter => {
  let chapter = 1;
  let n = 0;
  return {
    chapter: (c) => {
      chapter = c;
      n = 0;
    },
    next: (title) => {
      n += 1;
      return `Tabel ${chapter}.${n} ${title}`;
    },
  };
};
