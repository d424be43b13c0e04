// The Fluent theme for each Teams theme, so the tab looks like the rest of Teams in light, dark and
// high contrast.
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from './host/teams-host';

export const FLUENT_THEME: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
