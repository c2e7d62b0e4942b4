import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { FieldForm } from '../../components/FieldForm';
import { Loading } from '../../components/Loading';
import type { FormField } from '../../lib/fields';
import { formatJalaliDateTime } from '../../lib/format';
import {
  useKpiSettings,
  useLifecycleSettings,
  useSupportSettings,
  useUpdateKpiSettings,
  useUpdateLifecycleSettings,
  useUpdateSupportSettings,
} from './api';
import { KPI_FIELDS, LIFECYCLE_FIELDS, SUPPORT_FIELDS } from './forms';
import { messages } from './messages';
import { PrecautionsSection } from './PrecautionsSection';

/** One settings card: read, edit, save with its version; a 409 reloads it from what the server now holds. */
function SettingsSection({
  title,
  intro,
  fields,
  read,
  write,
}: {
  title: string;
  intro?: string;
  fields: FormField[];
  read: {
    data?: Record<string, unknown> & { version: number; updatedAt?: string };
    isPending: boolean;
    error: unknown;
    refetch: () => Promise<unknown>;
  };
  write: {
    mutate: (body: never, opts: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: unknown;
    reset: () => void;
  };
}) {
  const [reloads, setReloads] = useState(0);
  if (read.isPending) return <Loading />;
  if (!read.data) return <ApiErrorAlert error={read.error} onReload={() => void read.refetch()} />;
  const updatedAt = read.data.updatedAt;
  return (
    <FieldForm
      key={reloads}
      title={title}
      intro={
        <>
          {intro && <Typography color="text.secondary">{intro}</Typography>}
          {updatedAt && (
            <Typography variant="body2" color="text.secondary">
              {messages.lastChanged(formatJalaliDateTime(updatedAt))}
            </Typography>
          )}
        </>
      }
      fields={fields}
      data={read.data}
      saving={write.isPending}
      error={write.error}
      savedMessage={messages.saved}
      onReload={() => {
        write.reset();
        void read.refetch().then(() => setReloads((n) => n + 1));
      }}
      onSubmit={(body, done) => write.mutate(body as never, { onSuccess: done })}
    />
  );
}

function LifecycleSettingsSection() {
  return (
    <SettingsSection
      title={messages.lifecycleSection}
      fields={LIFECYCLE_FIELDS}
      read={useLifecycleSettings()}
      write={useUpdateLifecycleSettings()}
    />
  );
}

function SupportSettingsSection() {
  return (
    <SettingsSection
      title={messages.supportsSection}
      fields={SUPPORT_FIELDS}
      read={useSupportSettings()}
      write={useUpdateSupportSettings()}
    />
  );
}

function KpiSettingsSection() {
  return (
    <SettingsSection
      title={messages.kpiSection}
      intro={messages.kpiHelp}
      fields={KPI_FIELDS}
      read={useKpiSettings()}
      write={useUpdateKpiSettings()}
    />
  );
}

export default function SettingsPage() {
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 820, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {messages.settingsTitle}
      </Typography>
      <Typography>{messages.settingsIntro}</Typography>
      <LifecycleSettingsSection />
      <PrecautionsSection />
      <SupportSettingsSection />
      <KpiSettingsSection />
    </Box>
  );
}
