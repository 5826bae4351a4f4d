// Azure Container Registry holding the server's image (built from the repository's Dockerfile by `az acr build`),
// pulled by the web app with its managed identity: AcrPull only, no admin user, no password.

@minLength(5)
@maxLength(50)
@description('Name of the registry (globally unique, letters and digits only).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the resources.')
param tags object

@description('Principal (object) id of the managed identity that pulls the image.')
param pullPrincipalId string

// Built-in role "AcrPull".
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullPrincipalId, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: pullPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = registry.name
output loginServer string = registry.properties.loginServer
