import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { useState, type CSSProperties, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { formatNumber, persianText } from '../../lib/format';
import { useImportMembers } from './api';
import { MEMBER_FIELD_FA, messages } from './messages';

interface RowProblem {
  line: number;
  field?: string;
  message?: string;
  messageFa?: string;
}

function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError)) return [];
  const raw = error.body.details?.problems;
  return Array.isArray(raw) ? (raw as RowProblem[]).filter((p) => typeof p.line === 'number') : [];
}

/** CSV/XLSX upload: all rows or none; a refused file is reported row by row in Persian. */
export function MemberImport({ associationId }: { associationId: string }) {
  const upload = useImportMembers(associationId);
  const [file, setFile] = useState<File | null>(null);
  const problems = rowProblems(upload.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
  };

  return (
    <Section id="member-import" title={messages.importTitle} subtitle={messages.importHint}>
      <Box
        component="form"
        onSubmit={submit}
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
      >
        {/* The native input stays focusable but hidden; its label is drawn as the button, in Persian
            (Chromium would write «Choose File» in the browser's own language). */}
        <Box
          sx={{
            '& input:focus-visible + label': {
              outline: '2px solid',
              outlineColor: 'primary.main',
              outlineOffset: 2,
            },
          }}
        >
          <input
            id="member-import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={visuallyHidden as CSSProperties}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
          <Box
            component="label"
            htmlFor="member-import-file"
            sx={{
              display: 'inline-block',
              cursor: 'pointer',
              border: 1,
              borderColor: 'primary.main',
              color: 'primary.main',
              borderRadius: 1,
              px: 2,
              py: 0.75,
              fontWeight: 500,
            }}
          >
            {messages.chooseFile}
          </Box>
        </Box>
        <Typography aria-live="polite">{file ? file.name : messages.noFile}</Typography>
        <Button type="submit" variant="contained" disabled={!file || upload.isPending}>
          {upload.isPending ? messages.importing : messages.importButton}
        </Button>
      </Box>
      {upload.isSuccess && (
        <Alert severity="success" role="status" sx={{ mt: 2 }}>
          {messages.imported(formatNumber(upload.data.imported))}
        </Alert>
      )}
      {upload.isError && <Box sx={{ mt: 2 }}>{<ApiErrorAlert error={upload.error} />}</Box>}
      {problems.length > 0 && (
        <TableContainer sx={{ mt: 2 }}>
          <Table size="small" aria-label={messages.importReport}>
            <caption style={{ captionSide: 'top', textAlign: 'start' }}>{messages.importReport}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{messages.line}</TableCell>
                <TableCell>{messages.field}</TableCell>
                <TableCell>{messages.problem}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {problems.map((p, i) => (
                <TableRow key={i}>
                  <TableCell>{formatNumber(p.line)}</TableCell>
                  <TableCell>{MEMBER_FIELD_FA[p.field ?? ''] ?? p.field ?? '—'}</TableCell>
                  <TableCell>{persianText(p.messageFa ?? p.message)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}
