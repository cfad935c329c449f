// Printing a views page: the figures and charts only, without the app's menu, header and buttons.
export const PRINT_CSS = `
@media print {
  [data-testid="app-sider"], .ant-layout-header, .no-print { display: none !important; }
  body, .ant-layout { background: #fff !important; }
  .ant-card { break-inside: avoid; }
}
`;
