// The one pager of the app's lists: Persian digits and texts, pages counted from 1 as in the API.
import TablePagination from '@mui/material/TablePagination';
import { formatNumber } from '../lib/format';
import { messages } from './messages';

export function Pager({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
  sizes = [10, 20, 50, 100],
}: {
  total: number;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  sizes?: number[];
}) {
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.max(page - 1, 0)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={sizes.map((n) => ({ value: n, label: formatNumber(n) }))}
      slotProps={{ select: { renderValue: (v) => formatNumber(Number(v)) } }}
      onPageChange={(_, p) => onPage(p + 1)}
      onRowsPerPageChange={(e) => onPageSize(Number(e.target.value))}
      labelRowsPerPage={messages.rowsPerPage}
      labelDisplayedRows={({ from, to, count }) =>
        messages.rangeOf(formatNumber(from), formatNumber(to), formatNumber(count))
      }
    />
  );
}
