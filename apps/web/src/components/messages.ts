// Texts of the shared UI (layout, errors, empty states).
export const messages = {
  appName: 'سامانه ایجاد و هدایت تشکل ها',
  chamber: 'اتاق بازرگانی کرمان',
  menu: 'منو',
  openMenu: 'باز کردن منو',
  logout: 'خروج',
  loading: 'در حال بارگذاری…',
  notFound: 'یافت نشد',
  notFoundDetail: 'این صفحه وجود ندارد یا اجازه دیدن آن را ندارید.',
  backHome: 'بازگشت به صفحه اصلی',
  conflict:
    'این رکورد را کس دیگری در این فاصله تغییر داده است. صفحه را دوباره بارگذاری کنید و کار را از نو انجام دهید.',
  reload: 'بارگذاری دوباره',
  forbidden: 'نقش شما اجازه این کار را نمی دهد.',
  network: 'ارتباط با سرور برقرار نشد. اتصال را بررسی کنید و دوباره تلاش کنید.',
  unexpected: 'خطایی پیش آمد. دوباره تلاش کنید.',
  retry: 'تلاش دوباره',
  skipToContent: 'رفتن به محتوای اصلی',
  signedInAs: 'کاربر',
};
