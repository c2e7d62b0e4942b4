import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useLabels } from '../lib/useLabels';
import type { SessionUser } from '../lib/session';
import { messages } from './messages';

const WIDTH = 240;

export function Layout({
  user,
  menu,
  onLogout,
  actions,
  children,
}: {
  user: SessionUser;
  menu: { label: string; to: string; group?: string }[];
  onLogout: () => void;
  /** Shown in the app bar before the user's name (the notifications bell). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const label = useLabels();
  const wide = useMediaQuery('(min-width:900px)');
  const [open, setOpen] = useState(false);
  // Entries without a heading first, then each heading's entries together.
  const groups: [string | undefined, typeof menu][] = [];
  for (const item of [...menu.filter((i) => !i.group), ...menu.filter((i) => i.group)]) {
    const last = groups.at(-1);
    if (last && last[0] === item.group) last[1].push(item);
    else groups.push([item.group, [item]]);
  }
  const nav = (
    <Box component="nav" aria-label={messages.menu} sx={{ width: WIDTH }}>
      <Toolbar />
      {groups.map(([group, items]) => [
        group && (
          <ListSubheader
            key={`h-${group}`}
            component="h2"
            sx={{ fontWeight: 700, color: 'text.primary', lineHeight: 2.5 }}
          >
            {group}
          </ListSubheader>
        ),
        <List key={group ?? ''} aria-label={group} disablePadding={!!group}>
          {items.map((item) => (
            <ListItem key={item.to} disablePadding>
              <ListItemButton component={NavLink} to={item.to} end onClick={() => setOpen(false)}>
                <ListItemText primary={item.label} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>,
      ])}
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          insetInlineStart: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        {messages.skipToContent}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton
              color="inherit"
              aria-label={messages.openMenu}
              onClick={() => setOpen(true)}
              edge="start"
            >
              <span aria-hidden style={{ fontSize: 24, lineHeight: 1 }}>
                ☰
              </span>
            </IconButton>
          )}
          <Typography variant="h6" component="p" sx={{ flexGrow: 1, fontSize: { xs: 16, sm: 20 } }} noWrap>
            {messages.appName}
          </Typography>
          {actions}
          <Typography component="p" sx={{ display: { xs: 'none', sm: 'block' } }} noWrap>
            {user.fullName} — {label('role', user.role)}
          </Typography>
          <Button color="inherit" variant="outlined" onClick={onLogout}>
            {messages.logout}
          </Button>
        </Toolbar>
      </AppBar>
      {wide ? (
        <Drawer
          variant="permanent"
          sx={{ width: WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: WIDTH } }}
        >
          {nav}
        </Drawer>
      ) : (
        <Drawer variant="temporary" open={open} onClose={() => setOpen(false)}>
          {nav}
        </Drawer>
      )}
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, p: { xs: 1.5, sm: 3 } }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
