import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { formatBytes, formatNumber, persianText } from '../../lib/format';
import { rowProblems, useImportAssociations } from './api';
import { messages } from './messages';

const COLUMNS =
  'nameFa, nameEn, legalForm, scope, membershipType, categoryId, city, parentId, registrationNo, registrationAuthority, registeredAt, foundedAt, memberCount, status, phone, email, website, address';

export default function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const run = useImportAssociations();
  const inputRef = useRef<HTMLInputElement>(null);
  const problems = rowProblems(run.error);
  const lines = new Set(problems.map((p) => p.line)).size;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.importTitle}
      </Typography>
      <Section id="import-file" title={messages.chooseFile} subtitle={messages.importIntro}>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {messages.columns}:{' '}
          <Box component="bdi" dir="ltr" sx={{ fontFamily: 'monospace' }}>
            {COLUMNS}
          </Box>
        </Typography>
        <Box
          component="form"
          sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
          onSubmit={(e) => {
            e.preventDefault();
            if (file) run.mutate(file);
          }}
        >
          {/* A real button opens the picker; the file input itself stays out of sight and of the tab order. */}
          <Button variant="outlined" onClick={() => inputRef.current?.click()}>
            {messages.chooseFile}
          </Button>
          <input
            ref={inputRef}
            type="file"
            hidden
            tabIndex={-1}
            aria-label={messages.chooseFile}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              run.reset();
            }}
          />
          <Typography aria-live="polite">
            {file ? messages.chosen(file.name, formatBytes(file.size)) : messages.noFile}
          </Typography>
          <Button type="submit" variant="contained" disabled={!file || run.isPending}>
            {messages.upload}
          </Button>
        </Box>
        <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
          {run.isPending && (
            <>
              <LinearProgress aria-label={messages.uploading} />
              <Typography variant="body2">{messages.uploading}</Typography>
            </>
          )}
          {run.isSuccess && (
            <Alert
              severity="success"
              action={
                <Button component={RouterLink} to="/associations" color="inherit" size="small">
                  {messages.showImported}
                </Button>
              }
            >
              {messages.imported(formatNumber(run.data.imported))}
            </Alert>
          )}
        </Box>
        {run.isError && problems.length === 0 && <ApiErrorAlert error={run.error} />}
      </Section>
      {problems.length > 0 && (
        <Section id="import-report" title={messages.report}>
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {messages.rejected(formatNumber(lines), formatNumber(problems.length))}
          </Alert>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-labelledby="import-report">
              <TableHead>
                <TableRow>
                  <TableCell align="center">{messages.line}</TableCell>
                  <TableCell>{messages.field}</TableCell>
                  <TableCell>{messages.reason}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {problems.map((p, i) => (
                  <TableRow key={`${p.line}-${p.field}-${i}`} data-testid={`problem-line-${p.line}`}>
                    <TableCell align="center" component="th" scope="row">
                      {formatNumber(p.line)}
                    </TableCell>
                    <TableCell>{p.fieldFa ?? p.field}</TableCell>
                    <TableCell>{persianText(reasonOf(p.messageFa, p.fieldFa) ?? p.message)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Section>
      )}
      <Link component={RouterLink} to="/associations">
        {messages.back}
      </Link>
    </Box>
  );
}

/** The reason without the field's label in front (the table shows the field in its own column). */
function reasonOf(messageFa: string | undefined, fieldFa: string | undefined): string | undefined {
  if (!messageFa) return undefined;
  return fieldFa && messageFa.startsWith(`${fieldFa}: `) ? messageFa.slice(fieldFa.length + 2) : messageFa;
}
