import { useQuery } from '@apollo/client/react';
import { linkClick } from '../../app/router';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { CurrentUser } from '../auth/session';
import { type HomeTile, homeTiles } from './home-tiles';
import { homeCountsQuery } from './operations';

/**
 * The home's figures, each a link to the list filtered as it counts ("Chờ duyệt 3" opens
 * /duyet?trang-thai=SUBMITTED). Read again on each visit to the home; offline, the last figures.
 */
export function HomeCounts({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const { data } = useQuery(homeCountsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const tiles = homeTiles(user, data.homeCounts);
  if (tiles.length === 0) return null;
  return (
    <section className="home-counts" aria-labelledby="home-counts-title">
      <h2 id="home-counts-title" className="section-title">
        {t('home.counts.title')}
      </h2>
      <ul className="count-tiles">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <CountTile tile={tile} year={data.homeCounts.year} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CountTile({ tile, year }: { tile: HomeTile; year: number }) {
  const { t } = useI18n();
  return (
    <a
      className={tile.urgent ? 'count-tile count-tile-urgent' : 'count-tile'}
      href={tile.href}
      onClick={linkClick(tile.href)}
      data-testid={`home-count-${tile.key}`}
      data-count={tile.count}
    >
      <span className="count-figure">{formatNumber(tile.count, 0)}</span>
      <span className="count-label">{t(`home.counts.${tile.key}`, { year })}</span>
      {tile.plan && (
        <span className="count-detail">
          {t('home.counts.plan', {
            done: formatNumber(tile.plan.done, 0),
            planned: formatNumber(tile.plan.planned, 0),
          })}
        </span>
      )}
    </a>
  );
}
