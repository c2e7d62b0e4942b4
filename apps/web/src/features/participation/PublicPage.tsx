import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { messages as common } from '../../components/messages';
import { persianText } from '../../lib/format';
import { messages } from './messages';

/** The frame of a page a member opens from a one-time link: no account, no menu, a phone's width first. */
export function PublicPage({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', px: 2, py: 1.5 }}>
        <Typography component="p" sx={{ fontWeight: 500, maxWidth: 640, mx: 'auto' }}>
          {common.appName}
        </Typography>
      </Box>
      <Box component="main" id="main" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 1.5, sm: 3 } }}>
        {children}
      </Box>
    </Box>
  );
}

/** A titled message page: thanks, a spent link, an unknown link. */
export function Notice({
  title,
  detail,
  severity,
}: {
  title: string;
  detail: string;
  severity: 'success' | 'warning' | 'error';
}) {
  return (
    <Paper
      sx={{ p: { xs: 2.5, sm: 4 }, textAlign: 'center' }}
      role={severity === 'success' ? 'status' : undefined}
    >
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography gutterBottom>{detail}</Typography>
      {severity !== 'success' && <Typography color="text.secondary">{messages.askAssociation}</Typography>}
    </Paper>
  );
}

/** What a refused link says: spent (410) and unknown (404) each have their own page. */
export function LinkProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 410)
    return (
      <Notice
        severity="warning"
        title={messages.goneTitle}
        detail={messages.goneDetail[error.code ?? ''] ?? messages.goneFallback}
      />
    );
  if (error instanceof ApiError && error.status === 404)
    return <Notice severity="error" title={messages.unknownTitle} detail={messages.unknownDetail} />;
  return <ApiErrorAlert error={error} onReload={onRetry} />;
}

/** The Persian message of each item the API refused, by the item's key (`answers[i]` → the i-th answer sent). */
export function problemsByKey(
  error: unknown,
  sentKeys: string[],
): { byKey: Record<string, string>; rest: string[] } {
  const byKey: Record<string, string> = {};
  const rest: string[] = [];
  if (!(error instanceof ApiError)) return { byKey, rest };
  const raw = error.body.details?.problems;
  const problems = Array.isArray(raw)
    ? (raw as { field?: string; messageFa?: string }[])
    : [{ field: error.field, messageFa: error.message }];
  for (const p of problems) {
    const m = /^answers\[(\d+)\]/.exec(p.field ?? '');
    const key = m ? sentKeys[Number(m[1])] : undefined;
    const text = persianText(p.messageFa ?? error.message);
    if (key) byKey[key] = text;
    else rest.push(text);
  }
  return { byKey, rest };
}
