// Azure Bot registration authenticated by the user-assigned managed identity, with the Microsoft Teams channel.

@description('Name of the bot resource (globally unique).')
param name string

@maxLength(42)
@description('Name shown for the bot.')
param displayName string

@description('Tags applied to the resources.')
param tags object

@description('Client id of the managed identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Resource id of the managed identity.')
param identityResourceId string

@description('Tenant of the managed identity.')
param identityTenantId string

@description('Host name of the web app serving /api/messages.')
param appDomain string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free and enough for Teams (Teams is a standard channel).')
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${appDomain}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
