// Log Analytics workspace and a workspace-based Application Insights component for the server's logs and traces.

@description('Prefix of the resource names.')
param baseName string

@description('Azure region.')
param location string

@description('Tags applied to the resources.')
param tags object

@minValue(30)
@maxValue(730)
@description('Days the logs are kept.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: false
  }
}

output workspaceId string = workspace.id
output connectionString string = insights.properties.ConnectionString
