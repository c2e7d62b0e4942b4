import { ApiProperty } from '@nestjs/swagger';
import { BOARD_ROLES, BoardRole, ELECTION_METHODS, ElectionMethod } from './board-member.entity';

/** One board seat for one term, as the API shows it. */
export class BoardMemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) associationId!: string;
  @ApiProperty({ example: 'علی رضایی' }) fullName!: string;
  @ApiProperty({ enum: BOARD_ROLES }) role!: BoardRole;
  @ApiProperty({ type: String, nullable: true }) firmName!: string | null;
  @ApiProperty({ type: String, format: 'date' }) termStart!: string;
  @ApiProperty({ example: '1405/09/10' }) termStartJalali!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) termEnd!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1407/09/10' }) termEndJalali!: string | null;
  @ApiProperty({ enum: ELECTION_METHODS }) electedBy!: ElectionMethod;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ description: 'The term covers today' }) serving!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class BoardMembersView {
  @ApiProperty({ type: [BoardMemberView] }) items!: BoardMemberView[];
}
