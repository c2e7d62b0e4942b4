// The chamber's catalogs (categories, legal forms, classification criteria, indicators, support
// kinds): one screen drawn from each catalog's description: its list, «افزودن», «ویرایش» with the
// entry's version (stale → the 409 offer to reload) and deactivation. Forms are the shared FieldForm.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { FieldForm } from '../../components/FieldForm';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import type { FormField } from '../../lib/fields';
import { formatNumber, toPersianDigits } from '../../lib/format';
import { useLabels } from '../../lib/useLabels';
import { useListParams } from '../../lib/useListParams';
import {
  useCategories,
  useCreateCategory,
  useCreateCriterion,
  useCreateIndicator,
  useCreateLegalForm,
  useCreateSupportKind,
  useCriteria,
  useIndicatorPage,
  useLegalForms,
  useSupportKinds,
  useUpdateCategory,
  useUpdateCriterion,
  useUpdateIndicator,
  useUpdateLegalForm,
  useUpdateSupportKind,
  type Category,
  type Criterion,
  type Indicator,
  type LegalForm,
  type SupportKind,
} from './api';
import {
  CATEGORY_FIELDS,
  CRITERION_FIELDS,
  INDICATOR_FIELDS,
  LEGAL_FORM_FIELDS,
  SUPPORT_KIND_EDIT_FIELDS,
  SUPPORT_KIND_FIELDS,
  withCode,
} from './forms';
import { messages } from './messages';
import { RowActions } from './RowActions';

type Label = ReturnType<typeof useLabels>;
interface Entry {
  nameFa: string;
  active: boolean;
  version: number;
}
interface Write<Body, Row> {
  mutate: (body: Body, options?: { onSuccess?: (row: Row) => void }) => void;
  isPending: boolean;
  error: unknown;
  reset: () => void;
}
type Patch = { key: string; body: Record<string, unknown> };

interface Catalog<Row extends Entry> {
  title: string;
  intro: string;
  newLabel: string;
  keyOf: (row: Row) => string;
  columns: { header: string; cell: (row: Row, label: Label) => ReactNode }[];
  createFields: FormField[];
  editFields: FormField[];
  /** The rows of one page (`total` when the API paginates). */
  useRows: (page: { page: number; pageSize: number }) => {
    data?: Row[] | { items: Row[]; total: number };
    isPending: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  useCreate: () => Write<never, Row>;
  useUpdate: () => Write<never, Row>;
}

const code = (row: { code: string }) => (
  <Box component="span" dir="ltr">
    {toPersianDigits(row.code)}
  </Box>
);
const NAME_COLUMNS = [
  { header: messages.nameFa, cell: (r: Entry) => r.nameFa },
  { header: messages.nameEn, cell: (r: Entry & { nameEn: string }) => <span dir="ltr">{r.nameEn}</span> },
];
const sortColumn = {
  header: messages.sortOrder,
  cell: (r: { sortOrder: number }) => formatNumber(r.sortOrder),
};

function CatalogScreen<Row extends Entry>({ catalog }: { catalog: Catalog<Row> }) {
  const label = useLabels();
  const { page, pageSize, pager } = useListParams();
  const list = catalog.useRows({ page, pageSize });
  const create = catalog.useCreate();
  const update = catalog.useUpdate();
  const activation = catalog.useUpdate();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = Array.isArray(list.data) ? list.data : list.data?.items;
  const total = Array.isArray(list.data) ? undefined : list.data?.total;
  const patch = (w: Write<never, Row>, p: Patch, done: (row: Row) => void) =>
    w.mutate(p as never, { onSuccess: done });
  const toggle = (row: Row) => {
    setNotice(null);
    patch(
      activation,
      { key: catalog.keyOf(row), body: { version: row.version, active: !row.active } },
      (after) =>
        setNotice(
          after.active ? messages.entryReactivated(after.nameFa) : messages.entryDeactivated(after.nameFa),
        ),
    );
  };
  const closeEdit = () => {
    setEditing(null);
    update.reset();
  };
  const columns = catalog.columns.length + 2;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: 22, sm: 30 } }}>
        {catalog.title}
      </Typography>
      <Typography>{catalog.intro}</Typography>
      <Typography variant="body2" color="text.secondary">
        {messages.catalogsIntro}
      </Typography>
      <Box>
        <Button
          variant="contained"
          onClick={() => {
            setNotice(null);
            create.reset();
            setAdding(true);
          }}
        >
          {catalog.newLabel}
        </Button>
      </Box>
      {notice && (
        <Alert severity="success" role="status">
          {notice}
        </Alert>
      )}
      <ApiErrorAlert
        error={activation.error}
        onReload={() => {
          activation.reset();
          void list.refetch();
        }}
      />
      {list.isPending ? (
        <Loading />
      ) : !rows ? (
        <ApiErrorAlert error={list.error} onReload={() => void list.refetch()} />
      ) : (
        <Paper>
          <TableContainer>
            <Table size="small" aria-label={catalog.title}>
              <TableHead>
                <TableRow>
                  {catalog.columns.map((c) => (
                    <TableCell key={c.header}>{c.header}</TableCell>
                  ))}
                  <TableCell>{messages.status}</TableCell>
                  <TableCell>{messages.actions}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={columns}>{messages.empty}</TableCell>
                  </TableRow>
                )}
                {rows.map((row) => (
                  <TableRow key={catalog.keyOf(row)}>
                    {catalog.columns.map((c) => (
                      <TableCell key={c.header}>{c.cell(row, label)}</TableCell>
                    ))}
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={row.active ? 'success' : 'default'}
                        label={row.active ? messages.active : messages.inactive}
                        sx={{ color: 'text.primary', borderWidth: 2 }}
                      />
                    </TableCell>
                    <RowActions
                      name={row.nameFa}
                      active={row.active}
                      onEdit={() => {
                        setNotice(null);
                        setEditing(row);
                      }}
                      onToggle={() => toggle(row)}
                      busy={activation.isPending}
                    />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {total !== undefined && <Pager total={total} {...pager} />}
        </Paper>
      )}
      {adding && (
        <FieldForm
          title={catalog.newLabel}
          fields={catalog.createFields}
          saving={create.isPending}
          error={create.error}
          submitLabel={messages.newEntry}
          onClose={() => setAdding(false)}
          onSubmit={(body) =>
            create.mutate(body as never, {
              onSuccess: (row) => {
                setAdding(false);
                setNotice(messages.added(row.nameFa));
              },
            })
          }
        />
      )}
      {editing && (
        <FieldForm
          title={messages.editEntry(editing.nameFa)}
          fields={catalog.editFields}
          data={editing as unknown as Record<string, unknown> & { version: number }}
          saving={update.isPending}
          error={update.error}
          onClose={closeEdit}
          // Someone else changed it: the list is read again and the entry is opened afresh from it.
          onReload={() => {
            closeEdit();
            void list.refetch();
          }}
          onSubmit={(body) =>
            patch(update, { key: catalog.keyOf(editing), body }, (row) => {
              closeEdit();
              setNotice(messages.entrySaved(row.nameFa));
            })
          }
        />
      )}
    </Box>
  );
}

const CATEGORIES: Catalog<Category> = {
  title: messages.categoriesTitle,
  intro: messages.categoriesIntro,
  newLabel: messages.newCategory,
  keyOf: (r) => String(r.id),
  columns: [
    ...NAME_COLUMNS,
    { header: messages.isic, cell: (r) => <span dir="ltr">{toPersianDigits(r.isic)}</span> },
    { header: messages.priority, cell: (r) => (r.priority ? messages.yes : '—') },
  ],
  createFields: CATEGORY_FIELDS,
  editFields: CATEGORY_FIELDS,
  useRows: useCategories,
  useCreate: useCreateCategory,
  useUpdate: useUpdateCategory,
};

const LEGAL_FORMS: Catalog<LegalForm> = {
  title: messages.legalFormsTitle,
  intro: messages.legalFormsIntro,
  newLabel: messages.newLegalForm,
  keyOf: (r) => r.code,
  columns: [{ header: messages.code, cell: code }, ...NAME_COLUMNS, sortColumn],
  createFields: withCode(LEGAL_FORM_FIELDS),
  editFields: LEGAL_FORM_FIELDS,
  useRows: useLegalForms,
  useCreate: useCreateLegalForm,
  useUpdate: useUpdateLegalForm,
};

const CRITERIA: Catalog<Criterion> = {
  title: messages.criteriaTitle,
  intro: messages.criteriaIntro,
  newLabel: messages.newCriterion,
  keyOf: (r) => r.code,
  columns: [
    { header: messages.code, cell: code },
    NAME_COLUMNS[0],
    { header: messages.description, cell: (r) => r.description || '—' },
    sortColumn,
  ],
  createFields: withCode(CRITERION_FIELDS),
  editFields: CRITERION_FIELDS,
  useRows: useCriteria,
  useCreate: useCreateCriterion,
  useUpdate: useUpdateCriterion,
};

const INDICATORS: Catalog<Indicator> = {
  title: messages.indicatorsTitle,
  intro: messages.indicatorsIntro,
  newLabel: messages.newIndicator,
  keyOf: (r) => r.code,
  // Nine columns fit beside the menu at 1280 px only if the code sits under the name and the
  // criterion under the axis, and a long formula wraps (with ten, the actions were cut off).
  columns: [
    {
      header: messages.indicatorName,
      cell: (r) => (
        <>
          {r.nameFa}
          <Box component="span" sx={{ display: 'block', fontSize: 12, color: 'text.secondary' }}>
            {code(r)}
          </Box>
        </>
      ),
    },
    {
      header: messages.axisAndCriterion,
      cell: (r, label) => (
        <>
          {label('axis', r.axis)}
          <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
            {label('criterion', r.criterion)}
          </Box>
        </>
      ),
    },
    { header: messages.unit, cell: (r, label) => label('indicatorUnit', r.unit) },
    { header: messages.frequency, cell: (r, label) => label('frequency', r.frequency) },
    {
      header: messages.indicatorKind,
      cell: (r, label) => (
        <>
          {label('indicatorKind', r.kind)}
          {r.formula && (
            <Box
              component="code"
              dir="ltr"
              sx={{ display: 'block', fontSize: 12, maxWidth: 220, overflowWrap: 'anywhere' }}
            >
              {toPersianDigits(r.formula)}
            </Box>
          )}
        </>
      ),
    },
    { header: messages.weight, cell: (r) => formatNumber(Number(r.defaultWeight)) },
  ],
  createFields: withCode(INDICATOR_FIELDS),
  editFields: INDICATOR_FIELDS,
  useRows: useIndicatorPage,
  useCreate: useCreateIndicator,
  useUpdate: useUpdateIndicator,
};

const SUPPORT_KINDS: Catalog<SupportKind> = {
  title: messages.supportKindsTitle,
  intro: messages.supportKindsIntro,
  newLabel: messages.newSupportKind,
  keyOf: (r) => r.code,
  columns: [
    { header: messages.code, cell: code },
    NAME_COLUMNS[0],
    { header: messages.carries, cell: (r, label) => label('carries', r.carries) },
    { header: messages.phases, cell: (r, label) => r.phases.map((p) => label('phase', p)).join('، ') || '—' },
    sortColumn,
  ],
  createFields: withCode(SUPPORT_KIND_FIELDS),
  editFields: SUPPORT_KIND_EDIT_FIELDS,
  useRows: useSupportKinds,
  useCreate: useCreateSupportKind,
  useUpdate: useUpdateSupportKind,
};

export const CategoriesPage = () => <CatalogScreen catalog={CATEGORIES} />;
export const LegalFormsPage = () => <CatalogScreen catalog={LEGAL_FORMS} />;
export const CriteriaPage = () => <CatalogScreen catalog={CRITERIA} />;
export const IndicatorsPage = () => <CatalogScreen catalog={INDICATORS} />;
export const SupportKindsPage = () => <CatalogScreen catalog={SUPPORT_KINDS} />;
