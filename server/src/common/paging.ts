import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
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

/** One page of a list and how many items the whole list (with the same filters) holds. */
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The GraphQL type of a page of `item`s: `items` (at most `first`, in the list's order) and `total`,
 * the count of the whole filtered list, so a screen shows "1–50 trên 213" and its page count.
 * Every paged list screen reads its list this way (`visitPage`, `findingPage`...).
 */
export function PageOf<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class PageType implements Page<T> {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int, { description: 'Items in the whole list with the same filters' })
    total!: number;
  }
  return PageType;
}
