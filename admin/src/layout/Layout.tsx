import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';
import { AlertBell } from './AlertBell.js';
import { PanelMenu } from './Menu.js';
import { TemporaryPasswordGuard, useSessionRenewal } from './session.js';
import { PanelUserMenu } from './UserMenu.js';

const AppToolbar = () => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
    <AlertBell />
    <LocalesMenuButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </Box>
);

const PanelAppBar = () => (
  <AppBar toolbar={<AppToolbar />} userMenu={<PanelUserMenu />}>
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => {
  useSessionRenewal();
  return (
    <RaLayout appBar={PanelAppBar} menu={PanelMenu}>
      <TemporaryPasswordGuard>{children}</TemporaryPasswordGuard>
    </RaLayout>
  );
};
