// Cap Mandat on Azure: managed identity, a container registry, App Service for Containers running the image built from
// the repository's Dockerfile (Node and Debian's Chromium for the public PDF), Azure Bot with the Teams channel,
// monitoring.
// Deployed by the Agents Toolkit (m365agents.yml, arm/deploy) or by `az deployment group create` (docs/deploy.md).
// The outputs, in UPPER_SNAKE, are written back into env/.env.<environment> by the toolkit.

targetScope = 'resourceGroup'

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name, e.g. capmandat-dev.')
param resourceBaseName string

@description('Azure region of the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
@description('App Service plan SKU; Basic or higher because the app runs always on.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name shown for the bot.')
param botDisplayName string = 'Cap Mandat'

@minLength(36)
@maxLength(36)
@description('Client id of the Entra app registration of the tab (Teams SSO), created by aadApp/create.')
param ssoClientId string

@minLength(36)
@maxLength(36)
@description('Id of the Teams app (the manifest id, TEAMS_APP_ID), created by teamsApp/create: the cards\' "Ouvrir Cap Mandat" button opens its tab.')
param teamsAppId string

@description('Tag of the cap-mandat image in the registry, pushed by the deploy step (az acr build).')
param imageTag string = 'latest'

@description('IANA time zone of the collectivity (dates of campaigns, digests, lateness).')
param timeZone string = 'Europe/Paris'

@description('Tenants whose users may sign in, comma-separated; the deployment tenant by default.')
param allowedTenantIds string = tenant().tenantId

@minLength(1)
@description('SharePoint site holding the lists: its Graph id (<hostname>,<site collection id>,<web id>) or its https URL.')
param sharePointSite string

@minValue(30)
@maxValue(730)
@description('Days the logs are kept.')
param logRetentionInDays int = 30

@description('Tags applied to every resource.')
param tags object = {
  application: 'cap-mandat'
}

// Web app and bot names are global: a short hash of the resource group keeps them unique and stable.
var suffix = take(uniqueString(resourceGroup().id, resourceBaseName), 6)

module identity 'modules/identity.bicep' = {
  name: 'cap-mandat-identity'
  params: {
    name: '${resourceBaseName}-id'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'cap-mandat-monitoring'
  params: {
    baseName: resourceBaseName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module registry 'modules/registry.bicep' = {
  name: 'cap-mandat-registry'
  params: {
    // Registry names are global and take letters and digits only.
    name: take(replace(replace(toLower('${resourceBaseName}${suffix}'), '-', ''), '_', ''), 50)
    location: location
    tags: tags
    pullPrincipalId: identity.outputs.principalId
  }
}

module web 'modules/web-app.bicep' = {
  name: 'cap-mandat-web'
  params: {
    siteName: '${resourceBaseName}-${suffix}'
    planName: '${resourceBaseName}-plan'
    location: location
    tags: tags
    sku: webAppSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    image: '${registry.outputs.loginServer}/cap-mandat:${imageTag}'
  }
}

module bot 'modules/bot.bicep' = {
  name: 'cap-mandat-bot'
  params: {
    name: '${resourceBaseName}-bot-${suffix}'
    displayName: botDisplayName
    tags: tags
    identityClientId: identity.outputs.clientId
    identityResourceId: identity.outputs.id
    identityTenantId: identity.outputs.tenantId
    appDomain: web.outputs.defaultHostName
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: '${resourceBaseName}-${suffix}'
}

// Every setting the server reads in production (src/config), except those docs/deploy.md lists as deliberately left to
// the operator (tests/integration/infra-bicep.test.ts compares the three). No secret: the bot and Graph use the
// managed identity.
resource siteSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    // The container listens on 8080 (Dockerfile); App Service forwards to WEBSITES_PORT.
    HOST: '0.0.0.0'
    PORT: '8080'
    WEBSITES_PORT: '8080'
    WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
    AUTH_MODE: 'entra'
    ENTRA_TENANT_ID: identity.outputs.tenantId
    ENTRA_ALLOWED_TENANT_IDS: allowedTenantIds
    ENTRA_SSO_CLIENT_ID: ssoClientId
    ENTRA_SSO_APPLICATION_ID_URI: 'api://${web.outputs.defaultHostName}/${ssoClientId}'
    STORE: 'sharepoint'
    SHAREPOINT_SITE: sharePointSite
    // A commune's site starts empty and stays so: the demo commune is never loaded in production.
    SEED_DEMO: 'false'
    // Graph app-only through the managed identity (src/config/sharepoint.config.ts): no secret, no certificate.
    ENTRA_MANAGED_IDENTITY: 'true'
    ENTRA_CLIENT_ID: identity.outputs.clientId
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.outputs.clientId
    MicrosoftAppTenantId: identity.outputs.tenantId
    // The Teams deep link to the personal tab (appPackage/manifest.json, staticTabs[0].entityId): cards' button.
    TAB_URL: 'https://teams.microsoft.com/l/entity/${teamsAppId}/capMandatHome'
    // Debian's chromium, installed in the image (Dockerfile), prints the public bilan as PDF.
    CHROMIUM_PATH: '/usr/bin/chromium'
    TIME_ZONE: timeZone
    LOG_LEVEL: 'info'
    // Teams' proactive budget per app and tenant; split it between instances when scaling out.
    DISPATCH_RATE_PER_SECOND: '30'
    // A crashed instance's sends are taken over after this long (the lease is renewed while a send lasts).
    DISPATCH_LEASE_SECONDS: '20'
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  }
  dependsOn: [
    web
  ]
}

output AZURE_APP_SERVICE_RESOURCE_ID string = web.outputs.siteId
output AZURE_APP_SERVICE_NAME string = web.outputs.siteName
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_REGISTRY_LOGIN_SERVER string = registry.outputs.loginServer
output APP_DOMAIN string = web.outputs.defaultHostName
output APP_ENDPOINT string = 'https://${web.outputs.defaultHostName}'
output BOT_ID string = identity.outputs.clientId
output BOT_TENANT_ID string = identity.outputs.tenantId
output AZURE_BOT_NAME string = bot.outputs.name
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
