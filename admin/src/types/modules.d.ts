declare module 'ra-language-vietnamese' {
  const messages: Record<string, unknown>;
  export default messages;
}
