// Outside Teams, ?theme= picks the Teams theme the tab renders in (the theme tests use it); anything else
// leaves the choice to the host or the default.
import { describe, expect, it } from 'vitest';
import { themeFromQuery } from '../../../src/tab/host/theme-override';
import { FLUENT_THEME } from '../../../src/tab/theme';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

describe('theme from the query', () => {
  it('reads dark, contrast and default, and ignores the rest', () => {
    expect(themeFromQuery('?theme=dark')).toBe('dark');
    expect(themeFromQuery('?host=teams&theme=contrast')).toBe('contrast');
    expect(themeFromQuery('?theme=default')).toBe('default');
    expect(themeFromQuery('?theme=neon')).toBeNull();
    expect(themeFromQuery('')).toBeNull();
  });

  it('maps each Teams theme to its Fluent theme', () => {
    expect(FLUENT_THEME.default).toBe(teamsLightTheme);
    expect(FLUENT_THEME.dark).toBe(teamsDarkTheme);
    expect(FLUENT_THEME.contrast).toBe(teamsHighContrastTheme);
  });
});
