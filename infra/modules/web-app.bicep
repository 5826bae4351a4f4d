// Linux App Service plan and web app for containers running the server's image (REST API, tab, bot endpoint, and
// Chromium for the public PDF), pulled from the registry with the managed identity.

@description('Name of the web app (globally unique: it becomes <name>.azurewebsites.net).')
param siteName string

@description('Name of the App Service plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the resources.')
param tags object

@description('App Service plan SKU; Basic or higher so that alwaysOn is available.')
param sku string

@description('Resource id of the user-assigned managed identity attached to the app.')
param identityId string

@description('Client id of that managed identity: the one that pulls the image (AcrPull on the registry).')
param identityClientId string

@description('The image to run, <registry login server>/<repository>:<tag>, built from the Dockerfile.')
param image string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      // The image's own command runs `npm run start:prod` (Dockerfile).
      linuxFxVersion: 'DOCKER|${image}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: identityClientId
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/api/health'
    }
  }
}

output siteId string = site.id
output siteName string = site.name
output defaultHostName string = site.properties.defaultHostName
