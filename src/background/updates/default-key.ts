/**
 * The key that signs the bundled default's updates. Only a file signed by it may carry the
 * default's dataset id: anything else that reuses the id (an import, a subscription, an update) is
 * refused, so no address and no file can quietly take the place of the data the extension ships.
 * The secret half is kept by the maintainers, never in this repository; a key that has to be
 * replaced is replaced by an extension release that lists the new one here.
 */
export const DEFAULT_DATASET_KEYS: readonly { keyId: string; base64: string }[] = [
  { keyId: 'e4254ab918aadc33', base64: 'n5iQFj0yrhcNt6JMhJIVbBuG2L0ahg14N7g7SbYIEBg=' },
];
