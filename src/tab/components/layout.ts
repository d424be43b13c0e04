// The column the banner and the page content share, so their left edges line up at every width.
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const CONTENT_COLUMN: GriffelStyle = {
  boxSizing: 'border-box',
  width: '100%',
  maxWidth: '1248px',
  marginLeft: 'auto',
  marginRight: 'auto',
  paddingLeft: tokens.spacingHorizontalXXL,
  paddingRight: tokens.spacingHorizontalXXL,
};
