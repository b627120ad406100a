import { useNavigate } from 'react-router';
import type { Me } from '../api/types.ts';
import { id } from '../i18n/id.ts';
import { parseYear, scopePath, switchOpd, type ScopedPage } from '../model/scope.ts';
import { SelectField } from '../ui/index.ts';
import { useOpdList, usePemdaList } from './data.ts';

interface ScopeSelectorsProps {
  me: Me;
  pemda: string | undefined;
  opd: string | undefined;
  year: string | undefined;
  page: ScopedPage;
}

/** Pemda / Perangkat Daerah / Tahun: changing one moves to the same page of the new scope. */
export function ScopeSelectors({ me, pemda, opd, year, page }: ScopeSelectorsProps) {
  const navigate = useNavigate();
  const pemdaList = usePemdaList(me.pemda === null);
  const opds = useOpdList(pemda);
  const current = opds.data?.find((o) => o.slug === opd);
  const y = parseYear(year);

  // a user of one Pemda always sees its name (another Pemda's URL is a 404, its slug not echoed)
  const pemdaName = me.pemda ? me.pemda.name : (pemdaList.data?.find((p) => p.slug === pemda)?.name ?? pemda ?? '');
  const opdOptions = [
    ...(current ? [] : [{ value: '', label: id.scope.choose }]),
    ...(opds.data ?? []).map((o) => ({ value: o.slug, label: o.abbr ? `${o.abbr} — ${o.name}` : o.name })),
  ];
  const years = current?.years ?? [];

  return (
    <section className="scopebar" aria-label={id.scope.label}>
      {me.pemda === null && pemdaList.data ? (
        <SelectField
          className="field--pemda"
          label={id.scope.pemda}
          value={pemda ?? ''}
          options={[{ value: '', label: id.scope.choose }, ...pemdaList.data.map((p) => ({ value: p.slug, label: p.name }))]}
          onChange={(e) => e.target.value && navigate(`/p/${e.target.value}`)}
        />
      ) : (
        <div className="field field--pemda">
          <span className="field__label">{id.scope.pemda}</span>
          <span className="scopebar__static">{pemdaName}</span>
        </div>
      )}
      {pemda && opds.data ? (
        <SelectField
          className="field--opd"
          label={id.scope.opd}
          value={current?.slug ?? ''}
          options={opdOptions}
          onChange={(e) => {
            const next = opds.data?.find((o) => o.slug === e.target.value);
            if (!next) return;
            const scope = switchOpd({ pemda, opd: opd ?? '', year: y ?? 0 }, next);
            navigate(scope ? scopePath(scope, page) : `/p/${pemda}`);
          }}
        />
      ) : null}
      {pemda && current ? (
        years.length ? (
          <SelectField
            className="field--year"
            label={id.scope.year}
            value={y !== null ? String(y) : ''}
            options={[...years].reverse().map((v) => ({ value: String(v), label: String(v) }))}
            onChange={(e) => navigate(scopePath({ pemda, opd: current.slug, year: Number(e.target.value) }, page))}
          />
        ) : (
          <div className="field field--year">
            <span className="field__label">{id.scope.year}</span>
            <span className="scopebar__static muted">{id.scope.noYears}</span>
          </div>
        )
      ) : null}
    </section>
  );
}
