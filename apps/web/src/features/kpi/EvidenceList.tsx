import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatJalaliDate, formatNumber } from '../../lib/format';
import { downloadEvidence, type Evidence } from './api';
import { messages } from './messages';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} مگابایت`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} کیلوبایت`;
}

/** The report's documents, each downloadable with the session's token. */
export function EvidenceList({
  reportId,
  evidence,
  nameOf,
}: {
  reportId: string;
  evidence: Evidence[];
  nameOf: (code: string) => string;
}) {
  const [error, setError] = useState<unknown>(null);
  if (evidence.length === 0) return <Typography color="text.secondary">{messages.noEvidence}</Typography>;
  return (
    <>
      <List dense aria-label={messages.evidence}>
        {evidence.map((e) => (
          <ListItem
            key={e.id}
            disableGutters
            secondaryAction={
              <Button
                size="small"
                aria-label={messages.download(e.fileName)}
                onClick={() => {
                  setError(null);
                  downloadEvidence(reportId, e).catch(setError);
                }}
              >
                {messages.download('')}
              </Button>
            }
          >
            <ListItemText
              primary={e.fileName}
              secondary={[
                e.indicatorCode ? `${messages.indicator}: ${nameOf(e.indicatorCode)}` : messages.evidenceNone,
                `${messages.fileSize}: ${size(e.sizeBytes)}`,
                `${messages.uploadedAt}: ${formatJalaliDate(e.uploadedAt)}`,
              ].join(' — ')}
            />
          </ListItem>
        ))}
      </List>
      <ApiErrorAlert error={error} />
    </>
  );
}
