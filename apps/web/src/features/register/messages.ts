export const messages = {
  title: 'فهرست تشکل ها',
  search: 'جستجوی نام تشکل',
  searchHint: 'ی/ي و ک/ك یکسان خوانده می شوند',
  phase: 'فاز',
  status: 'وضعیت',
  category: 'رسته',
  all: 'همه',
  name: 'نام تشکل',
  city: 'شهر',
  members: 'تعداد اعضا',
  enteredAt: 'ورود به فاز',
  empty: 'تشکلی با این مشخصات پیدا نشد.',
  results: (n: string) => `${n} تشکل`,

  // export
  export: 'خروجی فهرست',
  exportCsv: 'دریافت CSV',
  exportXlsx: 'دریافت اکسل (XLSX)',
  exportHint: 'فهرست با همین جستجو و فیلترها',
  exporting: 'در حال ساختن فایل…',
  exported: (name: string, size: string) => `فایل ${name} (${size}) دریافت شد.`,
  toImport: 'ورود از فایل',

  // import
  importTitle: 'ورود تشکل ها از فایل',
  importIntro:
    'فایل CSV یا اکسل (XLSX) که ردیف نخست آن نام ستون ها است. همه ردیف ها نخست بررسی می شوند؛ اگر ردیفی نادرست باشد هیچ ردیفی وارد نمی شود و فهرست ایرادها با شماره سطر نشان داده می شود.',
  columns: 'ستون ها',
  chooseFile: 'انتخاب فایل',
  noFile: 'فایلی انتخاب نشده است',
  chosen: (name: string, size: string) => `${name} (${size})`,
  upload: 'بررسی و ورود',
  uploading: 'در حال فرستادن و بررسی ردیف ها…',
  imported: (n: string) => `${n} تشکل وارد فهرست شد.`,
  showImported: 'دیدن فهرست',
  rejected: (rows: string, problems: string) =>
    `${rows} سطر ایراد دارد (${problems} مورد)؛ هیچ ردیفی وارد نشد. ایرادها را در فایل درست کنید و دوباره بفرستید.`,
  report: 'گزارش ردیف های نادرست',
  line: 'سطر',
  field: 'ستون',
  reason: 'ایراد',
  back: 'بازگشت به فهرست تشکل ها',
};
