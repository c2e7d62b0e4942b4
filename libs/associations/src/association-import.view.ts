import { ApiProperty } from '@nestjs/swagger';

export class AssociationImportView {
  @ApiProperty({ example: 12, description: 'How many rows were registered (all or none)' }) imported!: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The new associations, in row order' })
  ids!: string[];
}
