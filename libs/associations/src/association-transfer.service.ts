import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import {
  AuthContext,
  BadInputError,
  ERROR_MESSAGES_FA,
  fieldLabelFa,
  toCsv,
  toPersianDigits,
  validationProblems as describeProblems,
} from '@tashakkol/shared';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { parseCsv, parseXlsx, Sheet, writeXlsx } from './association-rows';
import { toAssociationView } from './association-view';
import { Association } from './association.entity';
import { AssociationExportQueryDto, CreateAssociationDto } from './associations.dto';
import { AssociationsService } from './associations.service';
import { LegalForm } from './legal-form.entity';
import { SectorCategory } from './sector-category.entity';

export interface Upload {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/** One bad cell of an import: its line in the file, the field, in English and in Persian. */
export interface RowProblem {
  line: number;
  field: string;
  message: string;
  /** The field's Persian label (`نام فارسی`). */
  fieldFa: string;
  /** The whole problem in Persian, the field named first. */
  messageFa: string;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** The columns of an import sheet (the fields of POST /associations, contact flattened). */
export const IMPORT_COLUMNS = [
  'nameFa',
  'nameEn',
  'legalForm',
  'scope',
  'membershipType',
  'categoryId',
  'city',
  'parentId',
  'registrationNo',
  'registrationAuthority',
  'registeredAt',
  'foundedAt',
  'memberCount',
  'status',
  'phone',
  'email',
  'website',
  'address',
] as const;
/** Columns an export adds; an import of an exported file ignores them. */
export const EXPORT_ONLY_COLUMNS = [
  'id',
  'categoryNameFa',
  'isic',
  'phase',
  'depth',
  'foundedAtJalali',
  'version',
] as const;
const CONTACT_COLUMNS = ['phone', 'email', 'website', 'address'];
const INTEGER_COLUMNS = ['categoryId', 'memberCount'];
export const MAX_IMPORT_ROWS = 5000;
const MAX_EXPORT_ROWS = 10000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Injectable()
export class AssociationTransferService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly associations: AssociationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Imports every row or none: all rows are checked first, and any problem returns the list of
   * bad rows with their line numbers, with nothing written.
   */
  async import(auth: AuthContext, upload: Upload): Promise<{ imported: number; ids: string[] }> {
    const sheet = await parseSheet(upload);
    const unknown = sheet.headers.filter(
      (h) =>
        h &&
        !(IMPORT_COLUMNS as readonly string[]).includes(h) &&
        !(EXPORT_ONLY_COLUMNS as readonly string[]).includes(h),
    );
    if (unknown.length)
      throw new BadInputError(
        'associations.import_unknown_column',
        `file: unknown column(s) ${unknown.join(', ')}`,
      );
    if (!sheet.headers.includes('nameFa'))
      throw new BadInputError(
        'associations.import_no_header',
        'file: the first row must name the columns (nameFa, legalForm, …)',
      );
    if (sheet.rows.length === 0)
      throw new BadInputError('associations.import_empty', 'file: no rows to import');
    if (sheet.rows.length > MAX_IMPORT_ROWS) {
      throw new BadInputError(
        'associations.import_too_large',
        `file: at most ${MAX_IMPORT_ROWS} rows per import`,
      );
    }
    const problems: RowProblem[] = [];
    const dtos: CreateAssociationDto[] = [];
    for (const row of sheet.rows) {
      const dto = plainToInstance(CreateAssociationDto, toBody(row.values));
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      for (const e of validationProblems(errors)) problems.push({ line: row.line, ...e });
      dtos.push(dto);
    }
    await this.checkReferences(sheet, dtos, problems);
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line);
      const lines = new Set(problems.map((p) => p.line)).size;
      const shown = problems
        .slice(0, 5)
        .map((p) => `line ${p.line}: ${p.message}`)
        .join('; ');
      throw new BadInputError(
        'associations.import_invalid_rows',
        `file: ${lines} of ${sheet.rows.length} rows are invalid, nothing was imported (${shown}${problems.length > 5 ? '; …' : ''})`,
        { problems },
      );
    }
    return this.db.transaction(async (em) => {
      const ids: string[] = [];
      for (const dto of dtos) {
        const depth = dto.parentId ? await this.associations.depthUnder(em, null, dto.parentId, 0) : 0;
        const row = await this.associations.insertRow(em, dto, depth);
        ids.push(row.id);
        await this.audit.record(em, auth, {
          action: 'association.import',
          entity: 'association',
          entityId: row.id,
          associationId: row.id,
          after: toAssociationView(row),
        });
      }
      return { imported: ids.length, ids };
    });
  }

  /** Catalog codes, parents and registration numbers, each looked up once for the whole file. */
  private async checkReferences(
    sheet: Sheet,
    dtos: CreateAssociationDto[],
    problems: RowProblem[],
  ): Promise<void> {
    const [forms, categories] = await Promise.all([
      this.db.getRepository(LegalForm).find({ where: { active: true }, select: { code: true } }),
      this.db.getRepository(SectorCategory).find({ where: { active: true }, select: { id: true } }),
    ]);
    const formSet = new Set(forms.map((f) => f.code));
    const categorySet = new Set(categories.map((c) => c.id));
    const parentIds = [...new Set(dtos.map((d) => d.parentId).filter((p): p is string => !!p && isUuid(p)))];
    const regNos = [
      ...new Set(
        dtos.map((d) => d.registrationNo).filter((r): r is string => typeof r === 'string' && r !== ''),
      ),
    ];
    const [parents, taken] = await Promise.all([
      parentIds.length
        ? this.db.getRepository(Association).find({ where: { id: In(parentIds) }, select: { id: true } })
        : [],
      regNos.length
        ? this.db
            .getRepository(Association)
            .find({ where: { registrationNo: In(regNos) }, select: { registrationNo: true } })
        : [],
    ]);
    const parentSet = new Set(parents.map((p) => p.id));
    const takenSet = new Set(taken.map((t) => t.registrationNo));
    const seen = new Map<string, number>();
    dtos.forEach((d, i) => {
      const line = sheet.rows[i].line;
      const add = (field: string, message: string, fa: string) =>
        problems.push({ line, field, message, ...persianProblem(field, fa) });
      if (typeof d.legalForm === 'string' && d.legalForm && !formSet.has(d.legalForm)) {
        add(
          'legalForm',
          `legalForm: unknown legal form ${d.legalForm}`,
          ERROR_MESSAGES_FA['associations.unknown_legal_form'] as string,
        );
      }
      if (Number.isInteger(d.categoryId) && !categorySet.has(d.categoryId))
        add(
          'categoryId',
          `categoryId: unknown category ${d.categoryId}`,
          ERROR_MESSAGES_FA['associations.unknown_category'] as string,
        );
      if (d.parentId && isUuid(d.parentId) && !parentSet.has(d.parentId))
        add(
          'parentId',
          `parentId: unknown association ${d.parentId}`,
          ERROR_MESSAGES_FA['associations.unknown_parent'] as string,
        );
      if (typeof d.registrationNo === 'string' && d.registrationNo) {
        if (takenSet.has(d.registrationNo)) {
          add(
            'registrationNo',
            `registrationNo: another association is registered as ${d.registrationNo}`,
            ERROR_MESSAGES_FA['associations.duplicate_registration_no'] as string,
          );
        } else if (seen.has(d.registrationNo)) {
          const first = seen.get(d.registrationNo) as number;
          add(
            'registrationNo',
            `registrationNo: ${d.registrationNo} is also on line ${first}`,
            `در سطر ${toPersianDigits(first)} هم آمده است`,
          );
        } else {
          seen.set(d.registrationNo, line);
        }
      }
    });
  }

  async export(auth: AuthContext, query: AssociationExportQueryDto): Promise<ExportFile> {
    const rows = await this.associations.filtered(auth, query).take(MAX_EXPORT_ROWS).getMany();
    const categoryIds = [...new Set(rows.map((r) => r.categoryId).filter((c): c is number => c !== null))];
    const categories = categoryIds.length
      ? await this.db.getRepository(SectorCategory).find({ where: { id: In(categoryIds) } })
      : [];
    const byId = new Map(categories.map((c) => [c.id, c]));
    const headers = [...EXPORT_ONLY_COLUMNS, ...IMPORT_COLUMNS];
    const table = rows.map((a) => {
      const v = toAssociationView(a);
      const c = a.categoryId !== null ? byId.get(a.categoryId) : undefined;
      const cells: Record<string, unknown> = {
        ...v,
        ...a.contact,
        categoryNameFa: c?.nameFa ?? '',
        isic: c?.isic ?? '',
      };
      return headers.map((h) => {
        const x = cells[h];
        return x === null || x === undefined
          ? ''
          : typeof x === 'object'
            ? JSON.stringify(x)
            : (x as string | number);
      });
    });
    const stamp = new Date().toISOString().slice(0, 10);
    if (query.format === 'xlsx') {
      return {
        filename: `associations-${stamp}.xlsx`,
        contentType: XLSX_TYPE,
        data: await writeXlsx(headers, table),
      };
    }
    const csv = toCsv([headers, ...table]);
    return {
      filename: `associations-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      data: Buffer.from(csv, 'utf8'),
    };
  }
}

/** An uploaded CSV or XLSX file as rows by header (also used by other contexts' imports). */
export async function parseSheet(upload: Upload): Promise<Sheet> {
  const name = upload.filename.toLowerCase();
  try {
    if (name.endsWith('.xlsx') || upload.mimetype === XLSX_TYPE) return await parseXlsx(upload.data);
    if (name.endsWith('.csv') || upload.mimetype.startsWith('text/')) return parseCsv(upload.data);
  } catch {
    throw new BadInputError(
      'associations.import_unreadable',
      `file: ${upload.filename} could not be read as ${name.endsWith('.xlsx') ? 'XLSX' : 'CSV'}`,
    );
  }
  throw new BadInputError('associations.import_format', 'file: send a .csv or .xlsx file');
}

/** A sheet row as the body of POST /associations: empty cells are absent, numbers are numbers. */
function toBody(values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const contact: Record<string, string> = {};
  for (const [k, raw] of Object.entries(values)) {
    if ((EXPORT_ONLY_COLUMNS as readonly string[]).includes(k) || raw === '') continue;
    if (CONTACT_COLUMNS.includes(k)) contact[k] = raw;
    else if (INTEGER_COLUMNS.includes(k)) body[k] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    else body[k] = raw;
  }
  if (Object.keys(contact).length) body.contact = contact;
  return body;
}

/**
 * class-validator's errors of one row, one problem per field: the English message naming the
 * field, and the Persian one (`نام فارسی: الزامی است`) with the field's Persian label.
 */
export function validationProblems(
  errors: ValidationError[],
): { field: string; message: string; fieldFa: string; messageFa: string }[] {
  return describeProblems(errors).map(({ field, message, messageFa }) => ({
    field,
    message,
    fieldFa: fieldLabelFa(field),
    messageFa,
  }));
}

function persianProblem(field: string, text: string): { fieldFa: string; messageFa: string } {
  const fieldFa = fieldLabelFa(field);
  return { fieldFa, messageFa: `${fieldFa}: ${text}` };
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
