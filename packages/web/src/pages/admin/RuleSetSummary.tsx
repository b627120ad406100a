import type { Band, BandCode } from '../../api/types.ts';
import { formatNumber } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Table } from '../../ui/index.ts';

const t = id.rules;
const BAND_COLOURS: Record<BandCode, string> = { ST: 'var(--band-ST)', T: 'var(--band-T)', S: 'var(--band-S)', R: 'var(--band-R)', SR: 'var(--band-SR)' };
const BAND_CODES: readonly BandCode[] = ['ST', 'T', 'S', 'R', 'SR'];

/** The parameters the panel shows and edits (a subset of domain-rules §12a; the API sends them all). */
export interface RuleParamsView {
  roundingMode: string;
  negativeFormula: string;
  negativeFloor: number | null;
  capaianCap: number | null;
  capDisplay: boolean;
  capaianBands: string;
  bandLabels: Record<BandCode, string>;
  indicatorWeights: Record<string, number>;
  includeTujuanInAverage: boolean;
  includeBaseline: boolean;
  renstraPrintedBase: string;
}

/** A year's rule set in plain Indonesian: one row per choice, the bands with their colours. */
export function RuleSetSummary({ params, year }: { params: RuleParamsView; year: number }) {
  const ranges = params.capaianBands === 'round_then_integer' ? t.bandRangesInteger : t.bandRangesLeftOpen;
  const weighted = Object.keys(params.indicatorWeights).length;
  const band = (code: BandCode): Band => ({ code, label: params.bandLabels[code], color: BAND_COLOURS[code] });
  return (
    <Table caption={t.inForce(year)} hideCaption>
      <tbody>
        <tr>
          <th scope="row">{t.negative}</th>
          <td>
            {params.negativeFormula === 'inverse_ratio'
              ? t.negativeInverse
              : t.negativeTwoMinus(params.negativeFloor === null ? null : formatNumber(params.negativeFloor))}
          </td>
        </tr>
        <tr>
          <th scope="row">{t.bands}</th>
          <td>
            <p className="muted">{params.capaianBands === 'round_then_integer' ? t.bandsInteger : t.bandsLeftOpen}</p>
            <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 'var(--sp-1)' }}>
              {BAND_CODES.map((code) => (
                <li key={code} className="row" style={{ gap: 'var(--sp-2)' }}>
                  <BandBadge band={band(code)} />
                  <span>{ranges[code]}</span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
        <tr>
          <th scope="row">{t.cap}</th>
          <td>{params.capaianCap === null ? t.capNone : t.capAt(formatNumber(params.capaianCap), params.capDisplay)}</td>
        </tr>
        <tr>
          <th scope="row">{t.weights}</th>
          <td>
            {weighted === 0 ? t.weightsEqual : t.weightsSome(weighted)}. {t.tujuan(params.includeTujuanInAverage)}.
          </td>
        </tr>
        <tr>
          <th scope="row">{t.renstra}</th>
          <td>
            {t.baseline(params.includeBaseline)}. {t.printedBase[params.renstraPrintedBase] ?? params.renstraPrintedBase}.
          </td>
        </tr>
        <tr>
          <th scope="row">{t.rounding}</th>
          <td>{t.roundingModes[params.roundingMode] ?? params.roundingMode}</td>
        </tr>
      </tbody>
    </Table>
  );
}
