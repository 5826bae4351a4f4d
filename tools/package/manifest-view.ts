/** The parts of a Teams manifest the packager checks beyond the schema (the schema has already validated the shapes). */
export interface ManifestView {
  $schema?: string;
  manifestVersion?: string;
  version?: string;
  name?: { short?: string; full?: string };
  description?: { short?: string; full?: string };
  icons?: { color?: string; outline?: string };
  localizationInfo?: {
    defaultLanguageTag?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  staticTabs?: { entityId: string; name?: string; contentUrl?: string; websiteUrl?: string }[];
  configurableTabs?: { configurationUrl?: string }[];
  bots?: { botId: string; commandLists?: { scopes: string[]; commands: { title: string; description?: string }[] }[] }[];
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
}

/** Every localisable string of the manifest, keyed as a localisation file keys it (`staticTabs[0].name`, …). */
export function localisableStrings(manifest: ManifestView): Map<string, string> {
  const strings = new Map<string, string>();
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined) strings.set(key, value);
  };
  put('name.short', manifest.name?.short);
  put('name.full', manifest.name?.full);
  put('description.short', manifest.description?.short);
  put('description.full', manifest.description?.full);
  manifest.staticTabs?.forEach((tab, i) => put(`staticTabs[${i}].name`, tab.name));
  manifest.bots?.[0]?.commandLists?.forEach((list, l) =>
    list.commands.forEach((command, c) => {
      put(`bots[0].commandLists[${l}].commands[${c}].title`, command.title);
      put(`bots[0].commandLists[${l}].commands[${c}].description`, command.description);
    }),
  );
  return strings;
}
