import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../lib/format';
import { useMarkAllRead, useUnreadCount } from './api';
import { messages } from './messages';

/** The bell of the app bar: the unread count in Persian digits; its menu marks all read or leads to the list. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const markAll = useMarkAllRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const count = unread.data ?? 0;
  const shown = formatNumber(count);
  const close = () => setAnchor(null);
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={count > 0 ? messages.bell(shown) : messages.bellNone}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <Badge badgeContent={count > 0 ? shown : undefined} color="error" overlap="circular">
          <svg aria-hidden width="24" height="24" viewBox="0 0 24 24" fill="currentColor">
            <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
          </svg>
        </Badge>
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem
          disabled={count === 0 || markAll.isPending}
          onClick={() => {
            markAll.mutate();
            close();
          }}
        >
          {messages.markAllRead}
        </MenuItem>
        <MenuItem component={RouterLink} to="/notifications" onClick={close}>
          {messages.seeAll}
        </MenuItem>
      </Menu>
    </>
  );
}
