import { createTheme } from '@mui/material/styles';
import { faIR } from '@mui/material/locale';

export const theme = createTheme(
  {
    direction: 'rtl',
    typography: { fontFamily: 'Vazirmatn, Tahoma, sans-serif' },
    palette: {
      primary: { main: '#0b5d57' },
      secondary: { main: '#8a4b08' },
      background: { default: '#f5f7f7' },
    },
    shape: { borderRadius: 8 },
    components: {
      // A visible focus ring for keyboard users on every clickable thing.
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiCssBaseline: {
        styleOverrides: {
          ':focus-visible': { outline: '3px solid #c77700', outlineOffset: 2 },
          body: { fontFeatureSettings: '"ss01"' },
        },
      },
    },
  },
  faIR,
);
