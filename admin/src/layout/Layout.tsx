import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';
import { ActingOfficialButton } from './ActingOfficialButton.js';

const AppToolbar = () => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
    <ActingOfficialButton />
    <LocalesMenuButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </Box>
);

const PanelAppBar = () => (
  <AppBar toolbar={<AppToolbar />}>
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout appBar={PanelAppBar}>{children}</RaLayout>;
