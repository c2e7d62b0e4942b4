import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatBytes } from '../../lib/format';
import { useExportAssociations, type ExportFormat, type RegisterFilter } from './api';
import { messages } from './messages';

/** CSV and XLSX of the register as filtered on screen; a bar runs while the server writes the file. */
export function ExportButtons({ filter }: { filter: Omit<RegisterFilter, 'page' | 'pageSize'> }) {
  const run = useExportAssociations();
  const start = (format: ExportFormat) => run.mutate({ format, filter });
  return (
    <Box component="section" aria-labelledby="export-title" sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography id="export-title" variant="subtitle1" component="h2">
          {messages.export}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {messages.exportHint}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => start('csv')} disabled={run.isPending}>
          {messages.exportCsv}
        </Button>
        <Button variant="outlined" onClick={() => start('xlsx')} disabled={run.isPending}>
          {messages.exportXlsx}
        </Button>
      </Box>
      <Box role="status" aria-live="polite">
        {run.isPending && (
          <>
            <LinearProgress aria-label={messages.exporting} />
            <Typography variant="body2">{messages.exporting}</Typography>
          </>
        )}
        {run.isSuccess && (
          <Alert severity="success">{messages.exported(run.data.name, formatBytes(run.data.size))}</Alert>
        )}
      </Box>
      {run.isError && <ApiErrorAlert error={run.error} />}
    </Box>
  );
}
