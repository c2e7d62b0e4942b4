import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { IssuedLink } from './api';
import { linkMessages as m } from './messages';

/**
 * One-time links just issued (a survey run's, an election's ballots, re-issued ballots): shown this
 * once, since only their hashes are kept, with a CSV of them all and a copy of each.
 */
export function OneTimeLinks({
  title,
  links,
  fileName,
  level = 'h3',
}: {
  title: string;
  links: IssuedLink[];
  fileName: string;
  level?: 'h3' | 'h4';
}) {
  const titleId = useId();
  const origin = globalThis.location?.origin ?? '';
  const [note, setNote] = useState<string | null>(null);
  const url = (path: string) => `${origin}${path}`;
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setNote(m.copied),
      () => setNote(m.copyFailed),
    );
  const download = () => {
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const csv = [
      [m.member, m.link].map(quote).join(','),
      ...links.map((l) => [l.memberNameFa, url(l.path)].map(quote).join(',')),
    ].join('\r\n');
    // A byte-order mark so that Excel reads the Persian names as UTF-8.
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle1" component={level} id={titleId} sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      <Alert severity="warning" sx={{ my: 1 }}>
        {m.once}
      </Alert>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Button variant="contained" onClick={download}>
          {m.download}
        </Button>
        <Button
          variant="outlined"
          onClick={() => void copy(links.map((l) => `${l.memberNameFa}\t${url(l.path)}`).join('\n'))}
        >
          {m.copyAll}
        </Button>
      </Box>
      {note && (
        <Typography role="status" variant="body2" sx={{ mb: 1 }}>
          {note}
        </Typography>
      )}
      <TableContainer>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{m.member}</TableCell>
              <TableCell>{m.link}</TableCell>
              <TableCell>{m.copy}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {links.map((l) => (
              <TableRow key={l.memberId}>
                <TableCell component="th" scope="row">
                  {l.memberNameFa}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }} dir="ltr">
                  <Link href={l.path} target="_blank" rel="noopener">
                    {url(l.path)}
                  </Link>
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    onClick={() => void copy(url(l.path))}
                    aria-label={m.copyOf(l.memberNameFa)}
                  >
                    {m.copy}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
