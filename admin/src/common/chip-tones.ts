import type { SxProps, Theme } from '@mui/material';

/**
 * Chip colours whose text reaches WCAG AA's 4.5:1 in the light and the dark theme. The
 * palette's own shades are too light for small text: white on MUI's orange is 3.2:1, its blue
 * on white 3.9:1.
 */
export type Tone = 'red' | 'orange' | 'green' | 'blue' | 'neutral';

/** Filled: background and text (red 5.6:1, orange 6.0:1, green 5.1:1). */
const FILLED: Record<Exclude<Tone, 'neutral' | 'blue'>, { bg: string; fg: string }> = {
  red: { bg: '#c62828', fg: '#ffffff' },
  orange: { bg: '#ed6c02', fg: '#000000' },
  green: { bg: '#2e7d32', fg: '#ffffff' },
};

/** Outlined: text and border on the page, light theme then dark. */
const OUTLINED: Record<Exclude<Tone, 'neutral'>, { light: string; dark: string }> = {
  red: { light: '#c62828', dark: '#ef9a9a' },
  orange: { light: '#b45309', dark: '#ffb74d' },
  green: { light: '#1b5e20', dark: '#81c784' },
  blue: { light: '#01579b', dark: '#4fc3f7' },
};

export function chipStyle(tone: Tone, variant: 'filled' | 'outlined'): SxProps<Theme> {
  if (tone === 'neutral') return {};
  if (variant === 'filled' && tone !== 'blue') {
    const { bg, fg } = FILLED[tone];
    return { bgcolor: bg, color: fg };
  }
  const { light, dark } = OUTLINED[tone];
  return (theme: Theme) => {
    const c = theme.palette.mode === 'dark' ? dark : light;
    return { color: c, borderColor: c };
  };
}

