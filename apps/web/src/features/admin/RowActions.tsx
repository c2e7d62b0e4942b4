import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import { messages } from './messages';

/** A row's «ویرایش» and «غیرفعال کردن» / «فعال کردن دوباره», each named with the row for screen readers. */
export function RowActions({
  name,
  active,
  onEdit,
  onToggle,
  busy,
}: {
  name: string;
  active: boolean;
  onEdit: () => void;
  onToggle: () => void;
  busy: boolean;
}) {
  const toggleLabel = active ? messages.deactivate : messages.reactivate;
  return (
    <TableCell sx={{ whiteSpace: 'nowrap' }}>
      <Button size="small" onClick={onEdit} aria-label={`${messages.edit} ${name}`}>
        {messages.edit}
      </Button>
      <Button
        size="small"
        color={active ? 'error' : 'primary'}
        onClick={onToggle}
        disabled={busy}
        aria-label={`${toggleLabel} ${name}`}
      >
        {toggleLabel}
      </Button>
    </TableCell>
  );
}
