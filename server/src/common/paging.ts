import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { type Sql, sql } from './sql.js';

/** The largest page a client may ask for (`first`); the query cost counts a page as this many at most. */
export const MAX_PAGE_SIZE = 500;

/**
 * One page of a long list: `first` items after skipping `offset`. The query cost counts a paged list as
 * `first` items (see graphql/query-cost.ts), so a client pages a list whose whole would cost too much.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most this many items (1-${MAX_PAGE_SIZE}); all when absent` })
  @Min(1, { message: `Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}.` })
  @Max(MAX_PAGE_SIZE, { message: `Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => Int, { nullable: true, description: 'Items to skip before the page (default 0)' })
  @Min(0, { message: 'Vị trí bắt đầu của trang không được âm.' })
  offset?: number | null;
}

/** The SQL that cuts a page out of an ordered query; nothing without `first`. */
export function pageSql(page: PageArgs | null | undefined): Sql {
  if (!page?.first) return sql.empty;
  return sql` limit ${page.first} offset ${page.offset ?? 0}`;
}
