import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatJalaliDateTime, formatNumber } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useLabels } from '../../lib/useLabels';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './api';
import { notificationTarget } from './logic';
import { messages } from './messages';
import { useListParams } from '../../lib/useListParams';

/** The user's own notifications, newest first: Persian text, Jalali time, a link, mark as read. */
export default function NotificationsPage() {
  const label = useLabels();
  const role = useSession()?.user.role ?? 'board';
  const { get, page, pageSize, set, pager } = useListParams();
  const unreadOnly = get('unread') === 'true';
  const list = useNotifications(page, pageSize, unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = useUnreadCount();
  // «None unread» only once the count has come; until then (or if it failed) the button stays usable.
  const noneUnread = unread.isSuccess && unread.data === 0;

  if (list.isPending) return <Loading />;
  if (list.isError) return <ApiErrorAlert error={list.error} onReload={() => list.refetch()} />;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.title}
      </Typography>
      <Typography color="text.secondary">{messages.intro}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <FormControlLabel
          control={
            <Switch
              checked={unreadOnly}
              onChange={(e) => set({ unread: e.target.checked ? 'true' : '', page: '' })}
            />
          }
          label={messages.unreadOnly}
        />
        <Button
          variant="outlined"
          disabled={noneUnread || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {messages.markAllRead}
        </Button>
        {markAll.data && (
          <Typography role="status" color="text.secondary">
            {messages.markedAll(formatNumber(markAll.data.marked))}
          </Typography>
        )}
      </Stack>
      <ApiErrorAlert error={markRead.error ?? markAll.error} />
      <Paper>
        {list.isFetching && <LinearProgress aria-label={messages.title} />}
        <List aria-label={messages.title}>
          {list.data.items.map((n) => {
            const to = notificationTarget(n, role);
            const unread = n.readAt === null;
            return (
              <ListItem
                key={n.id}
                divider
                sx={{ display: 'block', bgcolor: unread ? 'action.hover' : undefined }}
                data-notification={n.id}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                  <Chip
                    size="small"
                    color={unread ? 'primary' : 'default'}
                    label={unread ? messages.unread : messages.read}
                  />
                  <Chip size="small" variant="outlined" label={label('notificationKind', n.kind)} />
                  <Typography component="span" color="text.secondary" variant="body2">
                    {formatJalaliDateTime(n.createdAt)}
                  </Typography>
                </Stack>
                <Typography component="h2" variant="subtitle1" sx={{ fontWeight: unread ? 700 : 400, mt: 1 }}>
                  {n.titleFa}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                  {n.bodyFa}
                </Typography>
                <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  {to && (
                    <Link component={RouterLink} to={to} aria-label={messages.openOf(n.titleFa)}>
                      {messages.open}
                    </Link>
                  )}
                  {unread ? (
                    <Button
                      size="small"
                      variant="outlined"
                      aria-label={messages.markReadOf(n.titleFa)}
                      disabled={markRead.isPending}
                      onClick={() => markRead.mutate(n.id)}
                    >
                      {messages.markRead}
                    </Button>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {messages.readAt(formatJalaliDateTime(n.readAt))}
                    </Typography>
                  )}
                </Stack>
              </ListItem>
            );
          })}
          {list.data.items.length === 0 && (
            <ListItem>
              <Typography>{messages.empty}</Typography>
            </ListItem>
          )}
        </List>
        <Pager total={list.data.total} {...pager} />
      </Paper>
    </Box>
  );
}
